import sqlite3


class Telemetry:
    def __init__(self, path="telemetry.db"):
        self.conn = sqlite3.connect(path)

    def _base(self, metric):
        return "SELECT ts, value FROM readings_" + metric

    def series(self, metric, device, since):
        q = self._base(metric)
        q = q + " WHERE device = '" + device + "'"
        q = q + " AND ts >= " + str(since)
        return self.conn.execute(q).fetchall()


def handle(params):
    t = Telemetry()
    return t.series(params["metric"], params["device"], params.get("since", 0))
