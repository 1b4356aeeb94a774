"""The Jinja environment for md, html, svg and the workbooks' cells: templates from
``--templates DIR``, then the records repository's ``templates/``, then the built-in ones;
always sandboxed, HTML and SVG autoescaped, and bounded in time, memory and output
(``render.limits``), because a pull request can change a repository's templates."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import lgotp_cli
from lgotp_cli.diagnostics import visible
from lgotp_cli.errors import Sentence
from lgotp_cli.i18n import error_words as said
from lgotp_cli.render.limits import RenderLimitError, bounded, capped_concat, check_operation


class TemplateError(Sentence):
    """A template is missing, or cannot be parsed or rendered: one sentence for the user."""


def builtin_templates() -> Path:
    """The built-in templates: inside the installed package, or beside it in a checkout."""
    package = Path(lgotp_cli.__file__).resolve().parent
    inside = package / "templates"
    return inside if inside.is_dir() else package.parent / "templates"


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.endswith((".html.j2", ".svg.j2", ".html", ".svg"))


def _inside_loader_class():
    from jinja2 import FileSystemLoader, TemplateNotFound

    class InsideLoader(FileSystemLoader):
        """A file loader that never follows a link out of its folders."""

        def get_source(self, environment, template):
            source, filename, uptodate = super().get_source(environment, template)
            real = os.path.realpath(filename)
            folders = [os.path.realpath(folder) for folder in self.searchpath]
            if not any(real == f or real.startswith(f + os.sep) for f in folders):
                raise TemplateNotFound(template)
            return source, filename, uptodate

    return InsideLoader


def _InsideLoader(paths):
    return _inside_loader_class()(paths)


# What a plain dict has as attributes: for any other name, Jinja's ``d.name`` is ``d["name"]``.
_DICT_ATTRIBUTES = frozenset(dir(dict))


@cache
def _sandbox_class():
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Sandbox(ImmutableSandboxedEnvironment):
        """Jinja's immutable sandbox that also refuses powers and repetitions too big to compute
        (``render.limits``), with a shortcut for ``context.key`` on a plain dict: the same value
        Jinja finds after its attribute lookup fails (a raised and caught AttributeError, a
        third of the time of a large site), found directly."""

        # Compiled templates call call_binop for these (and never fold them as constants).
        intercepted_binops = frozenset(("*", "**"))

        def call_binop(self, context, operator, left, right):
            check_operation(operator, left, right)
            return super().call_binop(context, operator, left, right)

        def getattr(self, obj, attribute):
            if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
                try:
                    return obj[attribute]
                except KeyError:
                    return self.undefined(obj=obj, name=attribute)
            return super().getattr(obj, attribute)

    return Sandbox


@cache
def environment(search: tuple[Path, ...] = ()):
    """A sandboxed environment looking in ``search`` first, then the built-in templates."""
    from jinja2 import StrictUndefined

    paths = [str(path) for path in search if path.is_dir()] + [str(builtin_templates())]
    env = _sandbox_class()(
        loader=_InsideLoader(paths),
        autoescape=_autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # templates do not change while lgotp runs: no stat per page
    )
    env.concat = capped_concat  # every template's, block's and macro's output is joined here
    env.finalize = _shown  # every {{ … }}: no terminal escape or bidi control reaches a document
    env.filters["md"] = markdown_cell
    return env


def _shown(value):
    """A value as a template writes it: text with its control characters made visible (an
    HTML fragment built here stays one)."""
    if isinstance(value, str):
        from markupsafe import Markup

        shown = visible(value)
        if shown is not value and isinstance(value, Markup):
            return Markup(shown)
        return shown
    return value


def markdown_cell(value) -> str:
    """Text safe inside a Markdown table cell: pipes, backslashes, HTML and line breaks
    escaped."""
    text = str(value)
    for plain, escaped in (
        ("\\", "\\\\"),
        ("|", "\\|"),
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ("\r\n", "<br>"),
        ("\n", "<br>"),
        ("\r", "<br>"),
    ):
        text = text.replace(plain, escaped)
    return text.replace("&lt;br&gt;", "<br>")


def render(name: str, search: tuple[Path, ...] = (), **context) -> str:
    """Render template ``name`` with ``context``; TemplateError says what went wrong and where."""
    from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    env = environment(tuple(search))
    try:
        with bounded():
            return env.get_template(name).render(**context)
    except RenderLimitError as error:
        raise TemplateError(
            said.TEMPLATE_OVER_LIMIT.of(name=_innermost(error, env, name), error=error)
        ) from None
    except TemplateNotFound as error:
        missing = error.name or name
        raise TemplateError(
            said.TEMPLATE_NOT_FOUND.of(name=name)
            if missing == name
            else said.TEMPLATE_INCLUDES_MISSING.of(name=name, missing=missing)
        ) from None
    except TemplateSyntaxError as error:
        where = f"{error.filename or name}:{error.lineno}"
        raise TemplateError(said.TEMPLATE_SYNTAX.of(where=where, error=error.message)) from None
    except SecurityError as error:
        raise TemplateError(said.TEMPLATE_UNSAFE.of(name=name, error=error)) from None
    except UndefinedError as error:
        raise TemplateError(said.TEMPLATE_UNDEFINED.of(name=name, error=error)) from None
    except Exception as error:  # a template failing at run time (1 / 0) is the template's
        raise TemplateError(said.TEMPLATE_FAILED_RENDERING.of(name=name, error=error)) from None


def _innermost(error: BaseException, env, name: str) -> str:
    """The template (of those ``env`` loads) whose code raised ``error``: an included one
    rather than the page that included it; ``name`` when none is found."""
    folders = [os.path.realpath(folder) for folder in env.loader.searchpath]
    found = name
    trace = error.__traceback__
    while trace is not None:
        filename = os.path.realpath(trace.tb_frame.f_code.co_filename)
        for folder in folders:
            if filename.startswith(folder + os.sep):
                found = os.path.relpath(filename, folder).replace(os.sep, "/")
        trace = trace.tb_next
    return found
