import os
import ssl
import paho.mqtt.client as mqtt


def make_client():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    client = mqtt.Client(client_id="hub-01")
    client.tls_set_context(ctx)
    client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASS"])
    return client
