# gm_project_options: an INTERFACE target every GeoMotion target links PRIVATE-ly. It carries the
# warning set, QT_NO_KEYWORDS (Qt's `slots`/`emit` macros break LibTorch headers) and the generated
# version header. Nothing here is global: no include_directories(), no add_compile_options().
add_library(gm_project_options INTERFACE)
target_compile_features(gm_project_options INTERFACE cxx_std_17)
target_compile_definitions(gm_project_options INTERFACE QT_NO_KEYWORDS)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(gm_project_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual
    -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations
    $<$<BOOL:${GM_WARNINGS_AS_ERRORS}>:-Werror>)
elseif(MSVC)
  target_compile_options(gm_project_options INTERFACE /W4 $<$<BOOL:${GM_WARNINGS_AS_ERRORS}>:/WX>)
endif()

# GM_SANITIZE (preset "asan"): AddressSanitizer and UndefinedBehaviorSanitizer on every target of
# ours; any report stops the program (tests/sanitize/run.sh).
if(GM_SANITIZE)
  # -O1 and -g1 (line tables): full debug info of LibTorch's templates makes the build several times slower.
  target_compile_options(gm_project_options INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined
                                                      -fno-omit-frame-pointer -O1 -g1
                                                      # GCC's flow analysis under the sanitizers reports
                                                      # LibTorch's c10::optional as maybe-uninitialized
                                                      -Wno-maybe-uninitialized)
  target_link_options(gm_project_options INTERFACE -fsanitize=address,undefined)
endif()

configure_file("${CMAKE_CURRENT_LIST_DIR}/version.h.in" "${PROJECT_BINARY_DIR}/generated/gm/version.h" @ONLY)
target_include_directories(gm_project_options INTERFACE "${PROJECT_BINARY_DIR}/generated")

# gm_add_library(NAME ...): a static library with the project options; callers add sources and links.
function(gm_add_library name)
  add_library(${name} STATIC ${ARGN})
  target_link_libraries(${name} PRIVATE gm_project_options)
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()
