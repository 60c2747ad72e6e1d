from typing import Iterable, Mapping


def users_table(users: Iterable[Mapping[str, str]]) -> str:
    lines = ["<table>", "<tr><th>Name</th><th>Email</th></tr>"]
    for u in users:
        lines.append(f"<tr><td>{u['name']}</td><td>{u['email']}</td></tr>")
    lines.append("</table>")
    return "\n".join(lines)
