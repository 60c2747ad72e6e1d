from pickle import loads as decode
import pandas as pd
from kafka import KafkaConsumer


def run(topic="readings", servers="kafka:9092", batch=1000):
    consumer = KafkaConsumer(topic, bootstrap_servers=servers, group_id="etl")
    buf, part = [], 0
    for msg in consumer:
        record = decode(msg.value)
        buf.append({"sensor": record["sensor"], "ts": record["ts"], "value": record["value"]})
        if len(buf) >= batch:
            pd.DataFrame(buf).to_parquet("out/part-%05d.parquet" % part)
            buf, part = [], part + 1
