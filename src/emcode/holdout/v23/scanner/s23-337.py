import secrets
import uuid
from dataclasses import dataclass, field


@dataclass
class Match:
    host: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    join_code: str = field(default_factory=lambda: secrets.token_hex(4).upper())
    players: list[str] = field(default_factory=list)


class Lobby:
    def __init__(self) -> None:
        self.matches: dict[str, Match] = {}

    def create(self, host: str) -> Match:
        m = Match(host=host)
        self.matches[m.join_code] = m
        return m

    def join(self, code: str, player: str) -> Match | None:
        m = self.matches.get(code.upper())
        if m and len(m.players) < 8:
            m.players.append(player)
        return m
