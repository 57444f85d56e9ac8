# cmake -P output_of.cmake FILE PROGRAM [ARGUMENT...]: runs PROGRAM with the ARGUMENTs and writes
# what it prints to FILE; only when it succeeds, so that a failed run leaves no file that a later
# build would take for up to date.
math(EXPR last "${CMAKE_ARGC} - 1")
set(command "")
foreach(i RANGE 5 ${last})
  list(APPEND command "${CMAKE_ARGV${i}}")
endforeach()
execute_process(COMMAND "${CMAKE_ARGV4}" ${command} OUTPUT_VARIABLE output RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  list(JOIN command " " arguments)
  message(FATAL_ERROR "${CMAKE_ARGV4} ${arguments}: exit status ${status}")
endif()
file(WRITE "${CMAKE_ARGV3}" "${output}")
