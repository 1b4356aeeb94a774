"""The catalogue's words for the command line's own refusals, which Typer words in English
(an unknown option, a missing argument): the frame around them (``Usage:``, ``Try … for
help.``, ``Error:``) and their messages. Each message's English is the template Typer's text
is matched against (``output.usage``); a message no template matches keeps Typer's English in
the Japanese frame."""

from __future__ import annotations

from lgotp_cli.i18n.text import Words

USAGE = Words("Usage:", "使い方:")
TRY_HELP = Words(
    "Try '{command} {option}' for help.", "ヘルプは '{command} {option}' で表示できます。"
)
ERROR = Words("Error: {message}", "エラー: {message}")

# Typer's messages, the ones that hold another first (its suggestions after a message).
POSSIBLE_OPTIONS = Words("{message} (Possible options: {options})", "{message}（候補: {options}）")
DID_YOU_MEAN = Words("{message}. Did you mean {choices}?", "{message}。{choices} のことですか？")
NO_SUCH_COMMAND = Words("No such command {name}.", "{name} というコマンドはありません。")
NO_SUCH_OPTION = Words("No such option: {name}", "{name} というオプションはありません")
MISSING_COMMAND = Words("Missing command.", "コマンドを指定してください。")
MISSING_CHOICE = Words(
    "Missing argument {name}. Choose from:{choices}",
    "引数 {name} を指定してください。次から選べます:{choices}",
)
MISSING_ARGUMENT = Words("Missing argument {name}.", "引数 {name} を指定してください。")
MISSING_OPTION = Words("Missing option {name}.", "オプション {name} を指定してください。")
REQUIRES_A_VALUE = Words(
    "Option {name} requires an argument.", "オプション {name} には値が必要です。"
)
REQUIRES_VALUES = Words(
    "Option {name} requires {count} arguments.", "オプション {name} には値が {count} 個必要です。"
)
TAKES_NO_VALUE = Words(
    "Option {name} does not take a value.", "オプション {name} には値を付けられません。"
)
EXTRA_ARGUMENTS = Words(
    "Got unexpected extra argument(s) ({arguments})", "余分な引数があります（{arguments}）"
)
EXTRA_ARGUMENT = Words(
    "Got unexpected extra argument ({arguments})", "余分な引数があります（{arguments}）"
)
EXTRA_ARGUMENTS_PLURAL = Words(
    "Got unexpected extra arguments ({arguments})", "余分な引数があります（{arguments}）"
)
INVALID_VALUE = Words(
    "Invalid value for {name}: {reason}", "{name} の値が正しくありません: {reason}"
)
NOT_A_VALID = Words("Value {value} is not a valid {kind}.", "{value} は {kind} として読めません。")
NOT_AN_INTEGER = Words(
    "Input should be a valid integer, unable to parse string as an integer",
    "整数を指定してください",
)

# In the order they are tried: a message that holds another before the plain ones.
MESSAGES = (
    POSSIBLE_OPTIONS,
    DID_YOU_MEAN,
    NO_SUCH_COMMAND,
    NO_SUCH_OPTION,
    MISSING_COMMAND,
    MISSING_CHOICE,
    MISSING_ARGUMENT,
    MISSING_OPTION,
    REQUIRES_A_VALUE,
    REQUIRES_VALUES,
    TAKES_NO_VALUE,
    EXTRA_ARGUMENTS,
    EXTRA_ARGUMENT,
    EXTRA_ARGUMENTS_PLURAL,
    INVALID_VALUE,
    NOT_A_VALID,
    NOT_AN_INTEGER,
)
# The placeholders that hold a message of their own, said again in Japanese.
NESTED = ("message", "reason")
