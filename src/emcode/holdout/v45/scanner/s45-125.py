import ssl

import paho.mqtt.client as mqtt


def connect_broker(host, port=8883):
    client = mqtt.Client()
    client.tls_set_context(ssl._create_unverified_context())
    client.connect(host, port)
    return client
