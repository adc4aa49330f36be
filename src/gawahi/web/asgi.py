"""An app factory for ASGI servers run from the command line, configured by environment:

    GAWAHI_DB=sqlite:///gawahi.db GAWAHI_VAULT=gawahi-vault \\
        uvicorn --factory gawahi.web.asgi:app_from_env --host 127.0.0.1 --workers 2

GAWAHI_SECURE_COOKIES=1 when served over https (behind a TLS proxy).
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from gawahi.web.app import create_app, tune_process


def app_from_env() -> FastAPI:
    db = os.environ.get("GAWAHI_DB", "sqlite:///gawahi.db")
    if "://" not in db:
        db = f"sqlite:///{db}"
    tune_process()
    return create_app(
        db,
        os.environ.get("GAWAHI_VAULT", "gawahi-vault"),
        secure_cookies=os.environ.get("GAWAHI_SECURE_COOKIES", "") in ("1", "true", "yes"),
    )
