from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from typing import NoReturn

import pytest


class NetworkUsed(AssertionError):
    """Raised by every socket entry point while ``no_network`` is active."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Make any attempt to open a socket, connect or resolve a name fail loudly, and record it."""
    attempts: list[str] = []

    def refuse(name: str) -> Callable[..., NoReturn]:
        def blocked(*args: object, **kwargs: object) -> NoReturn:
            attempts.append(f"{name}{args!r}")
            raise NetworkUsed(f"network access attempted: {name}")

        return blocked

    monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("socket.gethostbyname"))
    yield attempts
