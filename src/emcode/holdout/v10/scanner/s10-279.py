import ssl
import paho.mqtt.client as mqtt


def make_client(host: str, ca_file: str) -> mqtt.Client:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    client = mqtt.Client()
    client.tls_set_context(ctx)
    client.connect(host, 8883)
    return client
