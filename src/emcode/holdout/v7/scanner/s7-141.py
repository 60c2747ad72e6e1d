import json
import os
import boto3
import paho.mqtt.client as mqtt

BROKER = os.environ.get("MQTT_HOST", "mqtt.plant-floor.local")
s3 = boto3.client("s3")


def on_message(client, userdata, msg):
    reading = json.loads(msg.payload)
    key = f"readings/{int(reading['sensor'])}/{int(reading['ts'])}.json"
    s3.put_object(Bucket=os.environ["TELEMETRY_BUCKET"], Key=key, Body=msg.payload)


def main():
    client = mqtt.Client()
    client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])
    client.tls_set()
    client.on_message = on_message
    client.connect(BROKER, 8883)
    client.subscribe("sensors/#")
    client.loop_forever()


if __name__ == "__main__":
    main()
