import ssl

import paho.mqtt.client as mqtt


def connect_hub(host, username, password, ca_file="/etc/hub/broker-ca.crt"):
    ctx = ssl.create_default_context(cafile=ca_file)
    client = mqtt.Client()
    client.tls_set_context(ctx)
    client.username_pw_set(username, password)
    client.connect(host, 8883)
    return client
