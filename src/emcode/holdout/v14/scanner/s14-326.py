import json
from dataclasses import dataclass
from typing import Iterator

import pandas as pd
from kafka import KafkaConsumer


@dataclass(frozen=True)
class Reading:
    sensor: str
    ts: float
    value: float

    @classmethod
    def parse(cls, raw: bytes) -> "Reading":
        obj = json.loads(raw)
        return cls(str(obj["sensor"]), float(obj["ts"]), float(obj["value"]))


def readings(topic: str, servers: str) -> Iterator[Reading]:
    consumer = KafkaConsumer(topic, bootstrap_servers=servers, group_id="etl")
    for msg in consumer:
        try:
            yield Reading.parse(msg.value)
        except (ValueError, KeyError, TypeError):
            continue


def run(topic: str = "readings", servers: str = "kafka:9092", batch: int = 1000) -> None:
    buf = []
    part = 0
    for r in readings(topic, servers):
        buf.append(r.__dict__)
        if len(buf) >= batch:
            pd.DataFrame(buf).to_parquet(f"out/part-{part:05d}.parquet")
            buf.clear()
            part += 1
