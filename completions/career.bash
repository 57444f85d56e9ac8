# bash completion for career(1).
#
# Enable it for this shell with
#     source <(career completion bash)
# or for good by saving it as ~/.local/share/bash-completion/completions/career (or
# /usr/share/bash-completion/completions/career). `career completion bash` prints this file.
#
# Career names are asked of the program while completing (`career __complete-names` prints every
# id and alias), so your own careers complete too. The program asked is the one on the line being
# completed (so ./build/career asks itself), else `career` from PATH; a --data-dir DIR already on
# the line is passed on to it.

# A word as the shell will pass it: quotes and backslashes removed, a leading ~ expanded. Sets REPLY.
_career_unquote() {
    REPLY=$1
    case $REPLY in
        \'*\') REPLY=${REPLY:1:${#REPLY}-2} ;;
        \"*\") REPLY=${REPLY:1:${#REPLY}-2} ;;
        *) REPLY=${REPLY//\\/} ;;
    esac
    case $REPLY in
        "~") REPLY=$HOME ;;
        "~/"*) REPLY=$HOME/${REPLY#"~/"} ;;
    esac
}

# Adds to COMPREPLY each of the words in $1 that starts with $2, with $3 in front of it.
_career_words() {
    local word
    while IFS= read -r word; do
        COMPREPLY+=("$3$word")
    done < <(compgen -W "$1" -- "$2")
}

_career() {
    local commands='show list salary education timeline path tiers day skills pros-cons faq compare search paths validate new completion help'
    local global_options='--data-dir --color --width --format --no-pager --help --version'
    local sections='summary demand salary core-functions responsibilities work-setting tech-stack education-level tech-skills soft-abilities path education tiers global-outlook job-market day work-life skill-map pros-cons mistakes advice case-studies portfolio outlook faq sources'
    local sort_keys='median entry senior top minimum maximum title id given'
    local list_sort_keys='id title median salary growth training'
    local levels='low moderate high very-high'
    local with_value='--data-dir --color --width --format --section --sort --output --limit --min-salary --max-training-years --demand --tag'

    local cur=${COMP_WORDS[COMP_CWORD]} prev= before=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # --color=al: bash splits at the = (COMP_WORDBREAKS), into --color, = and al.
    if [[ $cur == = && $prev == --* ]]; then
        cur=
    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    elif [[ $cur == --*=* ]]; then  # where = is no word break
        prev=${cur%%=*} before=${cur%%=*}=
        cur=${cur#*=}
    fi
    COMPREPLY=()

    # The words before this one: the command, how many arguments it has, and any --data-dir.
    local i=1 word command= count=0 positional_only= REPLY
    local -a data_dirs=()
    while ((i < COMP_CWORD)); do
        word=${COMP_WORDS[i]}
        if [[ -n $positional_only || $word != -* ]]; then
            if [[ -z $command ]]; then command=$word; else ((count++)); fi
        elif [[ $word == -- ]]; then
            positional_only=1
        elif [[ " $with_value " == *" $word "* ]]; then
            ((i++))
            [[ ${COMP_WORDS[i]} == = ]] && ((i++))
            if [[ $word == --data-dir ]] && ((i < COMP_CWORD)); then
                _career_unquote "${COMP_WORDS[i]}"
                data_dirs+=(--data-dir "$REPLY")
            fi
        elif [[ $word == --data-dir=* ]]; then
            _career_unquote "${word#--data-dir=}"
            data_dirs+=(--data-dir "$REPLY")
        fi
        ((i++))
    done

    # The value of an option.
    case $prev in
        --data-dir)
            compopt -o filenames 2>/dev/null
            while IFS= read -r word; do COMPREPLY+=("$before$word"); done < <(compgen -d -- "$cur")
            return 0 ;;
        --color) _career_words 'auto always never' "$cur" "$before"; return 0 ;;
        --format) _career_words 'text json tsv csv markdown' "$cur" "$before"; return 0 ;;
        --width | --limit | --min-salary | --max-training-years | --tag) return 0 ;;
        --demand) [[ $command == list ]] && _career_words "$levels" "$cur" "$before"; return 0 ;;
        --output)
            if [[ $command == new ]]; then
                compopt -o filenames 2>/dev/null
                while IFS= read -r word; do COMPREPLY+=("$before$word"); done < <(compgen -f -- "$cur")
            fi
            return 0 ;;
        --section)
            if [[ $command == search ]]; then
                _career_words "title $sections" "$cur" "$before"
            elif [[ $command == show ]]; then
                # A comma-separated list: complete the name after the last comma.
                [[ $cur == *,* ]] && before+=${cur%,*},
                _career_words "$sections" "${cur##*,}" "$before"
            fi
            return 0 ;;
        --sort)
            [[ $command == salary ]] && _career_words "$sort_keys" "$cur" "$before"
            [[ $command == list ]] && _career_words "$list_sort_keys" "$cur" "$before"
            return 0 ;;
    esac

    if [[ -z $positional_only && $cur == -* ]]; then
        local options=$global_options
        [[ $command == show ]] && options+=' --section'
        [[ $command == salary ]] && options+=' --sort'
        [[ $command == list ]] && options+=' --min-salary --max-training-years --demand --remote --tag --sort --reverse'
        [[ $command == search ]] && options+=' --section --limit'
        [[ $command == validate ]] && options+=' --strict'
        [[ $command == new ]] && options+=' --output'
        _career_words "$options" "$cur"
        return 0
    fi

    local wants_career=
    case $command in
        '') _career_words "$commands" "$cur" ;;
        show | education | timeline | path | tiers | day | skills | pros-cons | faq)
            ((count == 0)) && wants_career=1 ;;
        salary | compare) wants_career=1 ;;
        help) ((count == 0)) && _career_words "$commands" "$cur" ;;
        completion) ((count == 0)) && _career_words 'bash zsh fish' "$cur" ;;
        validate)  # career files and directories
            compopt -o filenames 2>/dev/null
            while IFS= read -r word; do COMPREPLY+=("$word"); done < <(compgen -f -- "$cur") ;;
    esac
    if [[ -n $wants_career ]]; then
        local program name quoted
        _career_unquote "${COMP_WORDS[0]}"
        program=$REPLY
        type -P -- "$program" >/dev/null || program=career
        _career_unquote "$cur"
        # Matched here, not with compgen -W, which would expand a $(...) in a career's alias.
        while IFS= read -r name; do
            if [[ $name == "$REPLY"* ]]; then
                printf -v quoted %q "$name"
                COMPREPLY+=("$quoted")
            fi
        done < <("$program" "${data_dirs[@]}" __complete-names 2>/dev/null)
    fi
    return 0
}

complete -F _career career
