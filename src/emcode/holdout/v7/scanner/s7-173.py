import json
import boto3
import paho.mqtt.client as mqtt

BROKER = "mqtt.plant-floor.local"
MQTT_USER = "bridge"
MQTT_PASSWORD = "Fl00r-Bridge-2023!"
AWS_KEY = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

s3 = boto3.client("s3", aws_access_key_id=AWS_KEY, aws_secret_access_key=AWS_SECRET)


def on_message(client, userdata, msg):
    reading = json.loads(msg.payload)
    key = f"readings/{reading['sensor']}/{reading['ts']}.json"
    s3.put_object(Bucket="plant-telemetry", Key=key, Body=msg.payload)


client = mqtt.Client()
client.username_pw_set(MQTT_USER, MQTT_PASSWORD)
client.on_message = on_message
client.connect(BROKER, 1883)
client.subscribe("sensors/#")
client.loop_forever()
