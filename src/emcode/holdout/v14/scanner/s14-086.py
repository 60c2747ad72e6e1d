import sqlite3
from dataclasses import dataclass, asdict
from typing import Optional


@dataclass
class DeviceFilter:
    site: Optional[str] = None
    firmware: Optional[str] = None
    online: Optional[bool] = None


def query_devices(conn: sqlite3.Connection, flt: DeviceFilter):
    where = []
    binds = {}
    for key, value in asdict(flt).items():
        if value is None:
            continue
        where.append(f"{key} = :{key}")
        binds[key] = int(value) if isinstance(value, bool) else value
    sql = "SELECT serial, site, firmware, online FROM devices"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return conn.execute(sql, binds).fetchall()
