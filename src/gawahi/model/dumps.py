"""Stored dumps read back without the model round trip.

Records are stored as `model_dump(mode="json")` (a claim's data, an incident's attributions).
Readers on a hot path (the web's incident page) want that same dump back, and validating the
stored JSON into models only to dump them again cost most of the page. `conform(Model, data)`
returns what `Model.model_validate(data).model_dump(mode="json")` would, for data that a model
of this or an earlier version dumped: every field present is kept as stored, a field added
since (absent from the stored dump) gets its default's dump, at any depth. Where that cannot be
certain (an unknown key, a required field missing, a value of the wrong shape) it returns None
and the caller takes the long way, which validates.
"""

from __future__ import annotations

import copy
import types
import typing
from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

_REQUIRED = object()


@cache
def _spec(model: type[BaseModel]) -> tuple[frozenset[str], list[tuple[str, Any, Any, bool]]]:
    """The model's field names, and per field: its default's dump (or _REQUIRED), the model
    it nests (or None), and whether it is a list of that model."""
    fields: list[tuple[str, Any, Any, bool]] = []
    for name, info in model.model_fields.items():
        default = (_REQUIRED if info.is_required()
                   else to_jsonable_python(info.get_default(call_default_factory=True)))
        sub, many = _nested(info.annotation)
        fields.append((name, default, sub, many))
    return frozenset(model.model_fields), fields


def _nested(annotation: Any) -> tuple[type[BaseModel] | None, bool]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is list and args:
        sub, _ = _nested(args[0])
        return sub, True
    if origin in (typing.Union, types.UnionType):  # X | None
        found = [_nested(a) for a in args if a is not type(None)]
        if len(found) == 1:
            return found[0]
    return None, False


def conform(model: type[BaseModel], data: Any) -> dict[str, Any] | None:
    """`data`, a stored dump of `model`, as the model dumps it now (`data` itself when it is
    already: the common case costs a key comparison per nested record); None when unsure."""
    if not isinstance(data, dict):
        return None
    names, fields = _spec(model)
    keys = data.keys()
    if not keys <= names:
        return None  # a key the model does not have: let validation say what is wrong
    changed: dict[str, Any] = {}
    for name, default, sub, many in fields:
        if name not in data:
            if default is _REQUIRED:
                return None
            changed[name] = copy.deepcopy(default)  # never share a mutable default
            continue
        value = data[name]
        if sub is None or value is None:
            continue
        if many:
            if not isinstance(value, list):
                return None
            items = [conform(sub, item) for item in value]
            if any(i is None for i in items):
                return None
            if any(a is not b for a, b in zip(items, value, strict=True)):
                changed[name] = items
        else:
            new = conform(sub, value)
            if new is None:
                return None
            if new is not value:
                changed[name] = new
    if not changed:
        return data
    return {name: changed[name] if name in changed else data[name] for name, *_ in fields}
