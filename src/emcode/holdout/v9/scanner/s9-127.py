import ssl
import paho.mqtt.client as mqtt


def on_message(client, userdata, msg):
    print(msg.topic, msg.payload[:64])


client = mqtt.Client(client_id="sensor-hub")
client.tls_set(cert_reqs=ssl.CERT_NONE)
client.tls_insecure_set(True)
client.on_message = on_message
client.connect("broker.example.net", 8883)
client.subscribe("plant/+/temperature")
client.loop_forever()
