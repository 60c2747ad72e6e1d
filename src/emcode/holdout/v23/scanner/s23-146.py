import os
import ssl
import paho.mqtt.client as mqtt


def make_client() -> mqtt.Client:
    ctx = ssl.create_default_context(cafile=os.environ.get("MQTT_CA", "/etc/homeauto/ca.pem"))
    client = mqtt.Client(client_id="hub-01")
    client.tls_set_context(ctx)
    client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASS"])
    return client


if __name__ == "__main__":
    c = make_client()
    c.connect("broker.home.example", 8883)
    c.publish("home/hub/status", "online")
