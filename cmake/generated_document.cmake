# Writes OUTPUT: TEMPLATE with its placeholder @TOKEN@ replaced by what `PROGRAM ARGUMENTS...`
# prints. Quotes around the placeholder go too (so a JSON template can stay JSON), and the lines
# printed are indented as the placeholder's line is. The build runs it with the program it has
# just built (CMakeLists.txt), so a document generated from the program's tables is never stale.
#   cmake -DPROGRAM=build/career "-DARGUMENTS=__generate man5" -DTEMPLATE=... -DTOKEN=CAREER_KEYS
#         -DOUTPUT=... -P cmake/generated_document.cmake
separate_arguments(arguments UNIX_COMMAND "${ARGUMENTS}")
execute_process(COMMAND "${PROGRAM}" ${arguments} OUTPUT_VARIABLE generated ERROR_VARIABLE errors
                RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR generated STREQUAL "")
  message(FATAL_ERROR "${PROGRAM} ${ARGUMENTS} failed (${status}): ${errors}")
endif()

file(READ "${TEMPLATE}" text)
set(placeholder "@${TOKEN}@")
string(FIND "${text}" "\"${placeholder}\"" at)
if(at EQUAL -1)
  string(FIND "${text}" "${placeholder}" at)
else()
  set(placeholder "\"${placeholder}\"")
endif()
if(at EQUAL -1)
  message(FATAL_ERROR "${TEMPLATE} has no ${placeholder}")
endif()
string(LENGTH "${placeholder}" length)
math(EXPR after "${at} + ${length}")
string(SUBSTRING "${text}" 0 ${at} head)
string(SUBSTRING "${text}" ${after} -1 tail)

# The indentation of the placeholder's line.
string(FIND "${head}" "\n" line_start REVERSE)
math(EXPR line_start "${line_start} + 1")
string(SUBSTRING "${head}" ${line_start} -1 line)
string(REGEX MATCH "^[ \t]+" indent "${line}")  # empty when there is none
string(REGEX REPLACE "\n$" "" generated "${generated}")
string(REPLACE "\n" "\n${indent}" generated "${generated}")

file(WRITE "${OUTPUT}" "${head}${generated}${tail}")
