# cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P CheckFormat.cmake
# Fails, listing the files, when any C++ source differs from what .clang-format asks for.
file(GLOB_RECURSE files
  "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
  "${SOURCE_DIR}/viewer/*.cpp" "${SOURCE_DIR}/viewer/*.h"
  "${SOURCE_DIR}/ml/*.cpp" "${SOURCE_DIR}/ml/*.h"
  "${SOURCE_DIR}/project/*.cpp" "${SOURCE_DIR}/project/*.h"
  "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
set(bad)
foreach(f IN LISTS files)
  execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror "${f}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT rc EQUAL 0)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
    list(APPEND bad "${rel}")
  endif()
endforeach()
list(LENGTH files n)
if(bad)
  string(REPLACE ";" "\n  " bad "${bad}")
  message(FATAL_ERROR "These files need clang-format (run: clang-format -i <file>):\n  ${bad}")
endif()
message(STATUS "${n} files formatted as .clang-format asks")
