"""The `gawahi` command. Thin: each command parses options and calls a service function.

Command groups live in sibling modules, each exposing `register(app)`; this module only
assembles them, so a stage adds its commands without touching the others.
"""

from __future__ import annotations

import importlib

import typer

from gawahi.cli.context import global_options

app = typer.Typer(
    name="gawahi",
    help=(
        "Gawahi: turn reports of identity-based violence into an evidence-grade record "
        "(sources, claims, incidents), preserved, linked and safely published."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.callback()(global_options)

# Order is the order of `gawahi --help`.
COMMAND_MODULES = [
    "gawahi.cli.core",
    "gawahi.cli.demo_cmd",
    "gawahi.cli.extract_cmd",
    "gawahi.cli.estimate_cmd",
    "gawahi.cli.people_cmd",
    "gawahi.cli.vault_cmd",
    "gawahi.cli.evidence_cmd",
    "gawahi.cli.user_cmd",
    "gawahi.cli.publish_cmd",
]

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
