# gm_add_test(NAME SOURCES ... [LIBS ...] [LABELS ...] [TIMEOUT s] [GL])
#
# One Qt Test executable per unit. Every test gets GM_TEST_DATA_DIR (the shared data folder), the
# project warnings and a timeout. Tests without GL run on Qt's "offscreen" platform so they need no
# X server; GL tests (GL) need a display: run ctest under `xvfb-run -a -s '-screen 0 1280x800x24'`.
set(GM_TEST_LABELS motion io ml models render app widgets cli gpu style)

function(gm_add_test name)
  cmake_parse_arguments(T "GL" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  if(NOT T_SOURCES)
    message(FATAL_ERROR "gm_add_test(${name}): SOURCES is required")
  endif()
  foreach(label IN LISTS T_LABELS)
    if(NOT label IN_LIST GM_TEST_LABELS)
      message(FATAL_ERROR "gm_add_test(${name}): unknown label '${label}' (known: ${GM_TEST_LABELS})")
    endif()
  endforeach()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()

  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE gm_project_options gm_testsupport Qt6::Test ${T_LIBS})
  set_target_properties(${name} PROPERTIES AUTOMOC ON)
  add_test(NAME ${name} COMMAND ${name})
  set(env "QT_LOGGING_RULES=qt.qpa.xcb.warning=false")
  if(NOT T_GL)
    list(APPEND env "QT_QPA_PLATFORM=offscreen")
  endif()
  if(T_GL)
    list(APPEND T_LABELS gl) # needs a display (the sanitizer run leaves these out)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
endfunction()
