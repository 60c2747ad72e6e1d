import ssl
import paho.mqtt.client as mqtt


def make_client(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    client = mqtt.Client()
    client.tls_set_context(ctx)
    client.connect(host, 8883)
    return client
