# fish completion for career(1).
#
# Enable it by saving it where fish looks for completions:
#     career completion fish > ~/.config/fish/completions/career.fish
# or for this shell only with
#     career completion fish | source
#
# Career names are asked of the program while completing (`career __complete-names` prints every
# id and alias), so your own careers complete too; a --data-dir DIR already on the line is passed on.
# The command on the line is found by __career_state rather than __fish_use_subcommand, which would
# take the DIR of `career --data-dir DIR show` for the command.

# Prints the command on the line ("" before there is one), then how many arguments it has so far.
function __career_state
    set -l tokens (commandline -opc)
    set -l command ''
    set -l count 0
    set -l skip 0
    set -l positional_only 0
    for token in $tokens[2..-1]
        if test $skip = 1
            set skip 0
        else if test $positional_only = 1; or not string match -q -- '-*' $token
            if test -z "$command"
                set command $token
            else
                set count (math $count + 1)
            end
        else if test $token = --
            set positional_only 1
        else if contains -- $token --data-dir --color --width --format --section --sort --output --limit --min-salary --max-training-years --demand --tag
            set skip 1
        end
    end
    printf '%s\n' $command $count
end

# Whether the command on the line is one of $argv ("" for none yet).
function __career_using
    set -l state (__career_state)
    contains -- $state[1] $argv
end

# Whether the command on the line is one of $argv and has no argument yet.
function __career_first
    set -l state (__career_state)
    contains -- $state[1] $argv; and test $state[2] = 0
end

# The career ids and aliases, from the program on the line (or career) and its --data-dir words.
function __career_names
    set -l tokens (commandline -opc)
    set -l program (string replace -r '^~(?=/|$)' $HOME -- $tokens[1])
    command -q -- $program; or set program career
    set -l dirs
    for i in (seq 2 (count $tokens))
        switch $tokens[$i]
            case --data-dir
                set -q tokens[(math $i + 1)]; and set -a dirs --data-dir $tokens[(math $i + 1)]
            case '--data-dir=*'
                set -a dirs --data-dir (string replace -- --data-dir= '' $tokens[$i])
        end
    end
    set dirs (string replace -r '^~(?=/|$)' $HOME -- $dirs)
    $program $dirs __complete-names 2>/dev/null
end

complete -c career -f

# Global options, before or after the command.
complete -c career -l data-dir -x -a '(__fish_complete_directories)' -d 'Also read careers from DIR'
complete -c career -l color -x -a 'auto always never' -d 'When to use colour and bold'
complete -c career -l width -x -d 'Wrap text to N columns (at least 20)'
complete -c career -l format -x -a 'text json tsv csv markdown' -d 'Output format'
complete -c career -l no-pager -d 'Do not page the output'
complete -c career -s h -l help -d 'Print help and exit'
complete -c career -l version -d 'Print the version and exit'

# The commands, and after `career help`.
set -l at_command '__career_using ""; or __career_first help'
complete -c career -n $at_command -a show -d 'Print the whole guide to a career, or some sections'
complete -c career -n $at_command -a list -d 'List every career: id, title, median salary, growth'
complete -c career -n $at_command -a salary -d 'Draw the salary band as a bar'
complete -c career -n $at_command -a education -d 'Draw the training path on a year axis'
complete -c career -n $at_command -a timeline -d 'Draw the training path (alias of education)'
complete -c career -n $at_command -a path -d 'Draw the career ladder'
complete -c career -n $at_command -a tiers -d 'Draw the career ladder (alias of path)'
complete -c career -n $at_command -a day -d 'Draw a day in the life'
complete -c career -n $at_command -a skills -d 'Print the skill map, tech skills and soft abilities'
complete -c career -n $at_command -a pros-cons -d 'Print the pros and cons'
complete -c career -n $at_command -a faq -d 'Print the FAQ, or the questions with some words'
complete -c career -n $at_command -a compare -d 'Compare careers side by side'
complete -c career -n $at_command -a search -d 'Find careers by the words in them'
complete -c career -n $at_command -a paths -d 'Print the data directories'
complete -c career -n $at_command -a validate -d 'Check career files and print every problem'
complete -c career -n $at_command -a new -d 'Write a new career file to fill in'
complete -c career -n $at_command -a completion -d 'Print a shell completion script'
complete -c career -n $at_command -a help -d 'Show help for a command'

# The commands' own options and arguments.
complete -c career -n '__career_using show' -l section -x -d 'Print only these sections' \
    -a '(__fish_append , summary demand salary core-functions responsibilities work-setting tech-stack education-level tech-skills soft-abilities path education tiers global-outlook job-market day work-life skill-map pros-cons mistakes advice case-studies portfolio outlook faq sources)'
complete -c career -n '__career_using salary' -l sort -x -d 'Order of several careers' \
    -a 'median entry senior top minimum maximum title id given'
complete -c career -n '__career_first show education timeline path tiers day skills pros-cons faq; or __career_using salary compare' \
    -a '(__career_names)'
complete -c career -n '__career_first completion' -a 'bash zsh fish'
complete -c career -n '__career_using validate' -l strict -d 'Treat warnings as errors'
complete -c career -n '__career_using validate' -F
complete -c career -n '__career_using new' -l output -r -F -d 'Write to FILE'
complete -c career -n '__career_using list' -l min-salary -x -d 'Median salary at least N'
complete -c career -n '__career_using list' -l max-training-years -x -d 'Training within N years'
complete -c career -n '__career_using list' -l demand -x -a 'low moderate high very-high' -d 'Market demand at least LEVEL'
complete -c career -n '__career_using list' -l remote -d 'Only remote-friendly careers'
complete -c career -n '__career_using list' -l tag -x -d 'Only careers with this tag'
complete -c career -n '__career_using list' -l sort -x -a 'id title median salary growth training' -d 'Order by'
complete -c career -n '__career_using list' -l reverse -d 'Reverse the order'
complete -c career -n '__career_using search' -l section -x -d 'Look only in this section' \
    -a 'title summary demand salary core-functions responsibilities work-setting tech-stack education-level tech-skills soft-abilities path education tiers global-outlook job-market day work-life skill-map pros-cons mistakes advice case-studies portfolio outlook faq sources'
complete -c career -n '__career_using search' -l limit -x -d 'Show at most N results'
