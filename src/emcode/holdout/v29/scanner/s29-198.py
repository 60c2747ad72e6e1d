import ssl

import paho.mqtt.client as mqtt


def connect_hub(host, username, password):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    client = mqtt.Client()
    client.tls_set_context(ctx)
    client.username_pw_set(username, password)
    client.connect(host, 8883)
    return client
