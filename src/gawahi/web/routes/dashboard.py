"""The dashboard: incidents and deaths over time, a map, breakdowns — all as ranges."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from gawahi.web import charts, i18n
from gawahi.web.core import Ctx, WebState, require
from gawahi.web.queries import Dashboard, dashboard
from gawahi.web.render import cached_page

router = APIRouter(include_in_schema=False)


def cached_dashboard(ctx: Ctx) -> tuple[Dashboard, int]:
    version = ctx.version
    return dashboard_at(ctx.state, version), version


def dashboard_at(state: WebState, version: int) -> Dashboard:
    """The aggregates at `version`, built once (also by gawahi.web.warm, off the request path)."""
    def build() -> Dashboard:
        with state.store.read() as conn:
            return dashboard(conn, state.store.dialect)

    dash: Dashboard = state.cached("dashboard", version, build)
    return dash


def _charts(dash: Dashboard) -> dict[str, Markup]:
    return {
        "timeline": charts.timeline(dash.by_year),
        "province": charts.range_bars(dash.by_province, link="/incidents?admin1="),
        "event_type": charts.range_bars(dash.by_event_type, link="/incidents?event_type="),
        "target": charts.range_bars(dash.by_target, link="/incidents?target="),
        "perpetrator": charts.range_bars(dash.by_perpetrator, link="/incidents?perpetrator="),
    }


def _dashboard_page(ctx: Ctx) -> tuple[str, dict[str, Any]]:
    dash, version = cached_dashboard(ctx)
    figures = ctx.state.cached(("dashboard-svg", ctx.lang), version, lambda: _charts(dash))
    points: Any = ctx.state.cached(
        "dashboard-points", version, lambda: Markup(json.dumps(dash.points).replace("</", "<\\/"))
    )
    return "dashboard.html", dict(dash=dash, figures=figures, points_json=points,
                                  has_leaflet=ctx.request.app.state.has_leaflet,
                                  title=i18n.gettext("Dashboard"))


@router.get("/", response_class=HTMLResponse)
async def dashboard_page(ctx: Ctx = Depends(require("read"))) -> Response:
    return await cached_page(ctx, ("dashboard",), _dashboard_page)
