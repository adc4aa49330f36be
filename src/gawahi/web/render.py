"""Jinja2 templates: every string in them goes through `_()`; autoescaping is on."""

from __future__ import annotations

from importlib.resources import files
from typing import Any
from urllib.parse import urlencode

from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from gawahi.web import i18n
from gawahi.web.core import Ctx

env = Environment(
    loader=FileSystemLoader(str(files("gawahi.web") / "templates")),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def count_range(low: int | None, high: int | None, best: int | None = None) -> str:
    """A count as its range: "26–29", "26" when sources agree, "unknown" when none gives one."""
    if low is None and high is None:
        return i18n.gettext("unknown")
    if low == high or high is None:
        return str(low)
    if low is None:
        return i18n.gettext("up to {n}").format(n=high)
    return f"{low}–{high}"


def claim_count(c: dict[str, Any] | None) -> str:
    if not c or (c.get("min") is None and c.get("max") is None):
        return "—"
    lo, hi = c.get("min"), c.get("max")
    if lo == hi:
        return str(lo)
    if lo is None:
        return i18n.gettext("up to {n}").format(n=hi)
    if hi is None:
        return i18n.gettext("at least {n}").format(n=lo)
    return f"{lo}–{hi}"


def label(value: Any) -> str:
    return i18n.gettext(str(value).replace("_", " ")) if value is not None else "—"


def qs(params: dict[str, Any], **override: Any) -> str:
    d = {**params, **override}
    return urlencode({k: v for k, v in d.items() if v not in (None, "")})


env.globals.update(_=i18n.gettext, ngettext=i18n.ngettext, languages=i18n.LANGUAGES, qs=qs)
env.filters.update(count_range=count_range, claim_count=claim_count, label=label)


def page(ctx: Ctx, template: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    html = env.get_template(template).render(ctx=ctx, **values)
    resp = HTMLResponse(html, status_code=status_code)
    resp.headers["Cache-Control"] = "no-store"
    return resp


def fragment(template: str, **values: Any) -> Markup:
    return Markup(env.get_template(template).render(**values))
