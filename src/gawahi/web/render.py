"""Jinja2 templates: every string in them goes through `_()`; autoescaping is on."""

from __future__ import annotations

import asyncio
import secrets
import weakref
from collections.abc import Callable, Hashable
from dataclasses import replace
from functools import lru_cache
from importlib.resources import files
from typing import Any
from urllib.parse import quote_plus

import anyio
import anyio.to_thread
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from gawahi.web import i18n
from gawahi.web.core import Ctx
from gawahi.web.sessions import Session

_DICT_ATTRS = frozenset(dir(dict))


class _Environment(Environment):
    """Jinja's `a.b` tries getattr(a, "b") first and, for a dict, only gets to a["b"] after
    an AttributeError: most values our templates read are dicts (redacted records), and the
    exception per lookup was a quarter of a list page's render. For a dict and a name that is
    not a dict attribute, getattr always fails, so looking the key up first gives the same
    result, faster; anything else (methods such as items/get, other objects) is unchanged."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRS:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


env = _Environment(
    loader=FileSystemLoader(str(files("gawahi.web") / "templates")),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
    # Templates are package files: checking their modification time on every page (the
    # default) costs a stat() per template per request. In development (create_app(dev=True)
    # or GAWAHI_DEV=1) edits to them show on the next request.
    auto_reload=False,
)


def set_dev(dev: bool) -> None:
    """Development mode: templates reloaded when edited (each render checks them)."""
    env.auto_reload = dev


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


@lru_cache(maxsize=8192)
def _quote(value: str) -> str:
    return quote_plus(value)


def qs(params: dict[str, Any], **override: Any) -> str:
    """A query string (as urlencode gives it) of `params` with `override`, empty values left
    out. The list's facets build a few dozen per page from a few hundred distinct values,
    hence each value's quoting is kept."""
    d = {**params, **override}
    return "&".join(f"{_quote(str(k))}={_quote(str(v))}" for k, v in d.items()
                    if v not in (None, ""))


env.globals.update(_=i18n.gettext, ngettext=i18n.ngettext, languages=i18n.LANGUAGES, qs=qs)
env.filters.update(count_range=count_range, claim_count=claim_count, label=label)


def _response(html: str, status_code: int = 200) -> HTMLResponse:
    resp = HTMLResponse(html, status_code=status_code)
    resp.headers["Cache-Control"] = "no-store"
    return resp


def page(ctx: Ctx, template: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    return _response(env.get_template(template).render(ctx=ctx, **values), status_code)


# -- pages shared by every user of one role ----------------------------------------------------
# A page whose content depends only on the record, the user's role (permissions and clearance)
# and the language is rendered once per (page, role, language, record version) and reused. The
# two things in it that belong to one session, the CSRF token and the username, are rendered
# as random per-process marks and put in when the page is served.
_CSRF_MARK = "csrf" + secrets.token_hex(16)
_USER_MARK = "user" + secrets.token_hex(16)

PageBuild = Callable[[Ctx], tuple[str, dict[str, Any]]]
# Pages built at once per process. Building is CPU-bound Python: more threads at it only take
# turns at the interpreter lock, and each build (and every cached page waiting behind it on
# the event loop) gets slower. Measured with 50 clients in a closed loop on incident pages, 2
# workers on 2 cores: 4 builders against FastAPI's 40 threads, 0.5 ms less CPU per page and a
# lower p99. Other endpoints keep the default thread pool.
BUILDERS = 4


_limiters: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = (
    weakref.WeakKeyDictionary())


def _builders() -> anyio.CapacityLimiter:
    """The limiter of page builds of this event loop (one per server process; the test
    client runs a loop per request)."""
    loop = asyncio.get_running_loop()
    limiter = _limiters.get(loop)
    if limiter is None:
        limiter = _limiters[loop] = anyio.CapacityLimiter(BUILDERS)
    return limiter


def _shell(ctx: Ctx) -> Ctx:
    """`ctx` with the session's CSRF token and username replaced by the marks."""
    if ctx.session is None:
        return ctx
    user = ctx.session.user.model_copy(update={"username": _USER_MARK})
    return replace(ctx, session=Session("", user, _CSRF_MARK))


def personalise(html: str, ctx: Ctx) -> str:
    csrf = str(escape(ctx.csrf))
    user = str(escape(ctx.user.username)) if ctx.user else ""
    return html.replace(_CSRF_MARK, csrf).replace(_USER_MARK, user)


def render_shared(ctx: Ctx, build: PageBuild) -> str:
    shell = _shell(ctx)
    template, values = build(shell)
    return env.get_template(template).render(ctx=shell, **values)


async def cached_page(ctx: Ctx, key: Hashable, build: PageBuild, *,
                      light: bool = True) -> HTMLResponse:
    """The page `build` describes (template name and values, built with the ctx it is given),
    cached per role, language and path until the record changes. `key` must name everything
    else the page depends on (its query). A hit is served on the event loop with no thread
    hop. A miss is built once (single flight per key): on the event loop too when it is
    `light` (the route's word that it reads only what the shared caches hold and a few
    indexed rows) and those caches are warm at this version (see build_inline), else in a
    worker thread."""
    full = (key, ctx.role, ctx.lang, ctx.request.url.path)
    version = ctx.version
    pages = ctx.state.pages
    found, html = pages.peek(full, version)
    if not found:
        def render() -> str:
            return render_shared(ctx, build)

        if light and build_inline(ctx, full):
            html = pages.get(full, version, render)
        else:
            html = await anyio.to_thread.run_sync(pages.get, full, version, render,
                                                  limiter=_builders())
    return _response(personalise(html, ctx))


def build_inline(ctx: Ctx, key: Hashable) -> bool:
    """Whether a light page is built on the event loop: when the aggregates every page
    shares are built for this version (gawahi.web.warm has run since the last write) and no
    other request is building the same page. Such a build is a millisecond or two of Python
    that holds the interpreter lock anyway; in a thread it also costs the hop and, under
    load, the lock's hand-offs, and the pages cached meanwhile jump the queue: measured with
    50 clients in a closed loop on the incident list (2 workers, 2 cores), 0.5 ms less CPU
    per page built and a p99 set by queueing in arrival order. Right after a write (the
    aggregates rebuilt: tens of milliseconds) builds go to a thread, as do heavy pages."""
    return ctx.state.warm_version == ctx.version and not ctx.state.pages.building(key)


def fragment(template: str, **values: Any) -> Markup:
    return Markup(env.get_template(template).render(**values))


def incident_row(i: dict[str, Any]) -> Markup:
    """One row of the incident list page from its columns (queries.ROW_COLUMNS, redacted), as
    HTML. Written out here rather than as a template: a page not cached builds most of its 25
    rows, and a Jinja macro call cost four times as much. Every value is escaped; strings go
    through `_()` as in the templates (tests/web/test_fast_paths.py holds the row's template
    equivalent and checks they agree)."""
    _ = i18n.gettext
    iid = i.get("id", "")
    flag = ""
    disputed = i.get("disagreements")
    if disputed:
        flag = (f' <span class="tag warn" title="{escape(_("sources disagree on"))}: '
                f'{escape(", ".join(disputed))}">{escape(_("disputed values"))}</span>')
    admin2 = i.get("admin2")
    where = f"{escape(admin2)}, " if admin2 else ""
    deaths = count_range(i.get("deaths_low"), i.get("deaths_high"))
    injured = count_range(i.get("injured_low"), i.get("injured_high"))
    return Markup(
        "<tr>\n"
        f'  <td class="nowrap">{escape(i.get("date_edtf") or _("unknown"))}</td>\n'
        f'  <td><a href="/incidents/{escape(iid)}">{escape(i.get("title") or f"#{iid}")}</a>'
        f"{flag}</td>\n"
        f'  <td>{where}{escape(i.get("admin1") or "—")}</td>\n'
        f'  <td>{escape(label(i.get("event_type")))}</td>\n'
        f'  <td class="num">{escape(deaths)}</td>\n'
        f'  <td class="num">{escape(injured)}</td>\n'
        f'  <td class="num">{escape(i.get("n_sources", ""))}</td>\n'
        f'  <td><span class="tag s-{escape(i.get("status", ""))}">'
        f'{escape(label(i.get("status")))}</span></td>\n'
        "</tr>")


def _text(d: dict[str, Any], key: str) -> str:
    """`{{ d.key }}` as Jinja writes it: escaped, "None" for None, "" when absent."""
    return str(escape(d[key])) if key in d else ""


def compare_table(claims: list[dict[str, Any]], fields: list[str],
                  disagree: dict[str, Any]) -> Markup:
    """The incident page's claims side by side (views.incident_detail's `claims`), as HTML.
    Written out here for the same reason as incident_row: it is most of an incident page's
    render, and every incident page not cached builds it. Every value is escaped; strings go
    through `_()` (tests/web/test_fast_paths.py holds its template and checks they agree)."""
    _ = i18n.gettext
    out = ['<table class="compare">\n<thead><tr><th></th>\n']
    for c in claims:
        claim, src = c["claim"], c["source"]
        cid = _text(claim, "id")
        out.append(f'<th id="claim-{cid}">\n')
        if src.get("withheld"):
            out.append(str(escape(_("Source withheld"))))
        else:
            sid = _text(src, "id")
            title = src.get("title") or f'{_("Source")} {src.get("id")}'
            out.append(f'<a href="/sources/{sid}">{escape(title)}</a><br><small>'
                       f'{escape(src.get("outlet") or "")} {escape(src.get("published") or "")}'
                       "</small>")
        status = claim.get("review_status")
        out.append(
            f'  <br><small>{escape(_("claim"))} <a href="/claims/{cid}">{cid}</a> · '
            f'{escape(_("reliability"))} {_text(src, "reliability")} · <span class="tag '
            f'r-{_text(claim, "review_status")}">{escape(label(status))}</span></small>\n'
            "</th>")
    out.append("</tr></thead>\n<tbody>\n")
    for field in fields:
        disputed = ' class="disputed"' if field in disagree else ""
        out.append(f"<tr{disputed}><th>{escape(label(field))}</th>\n")
        for c in claims:
            v = c["values"][field]
            anchor = c["anchors"].get(field)
            tone = c["tones"].get(field)
            cls = f' class="differs v{tone % 6}"' if tone is not None else ""
            if v is None:
                cell = '<span class="muted">—</span>'
            elif anchor:
                cell = (f'<a href="/sources/{_text(c["source"], "id")}#c'
                        f'{_text(c["claim"], "id")}-{escape(anchor)}">{escape(v)}</a>')
            else:
                cell = str(escape(v))
            out.append(f"  <td{cls}>\n{cell}  </td>\n")
        out.append("</tr>\n")
    out.append("</tbody>\n</table>")
    return Markup("".join(out))
