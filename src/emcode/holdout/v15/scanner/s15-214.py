import json
import subprocess

import paho.mqtt.client as mqtt


def on_message(client, userdata, msg):
    cfg = json.loads(msg.payload)
    ssid, psk = cfg["ssid"], cfg["psk"]
    subprocess.call('nmcli dev wifi connect "%s" password "%s"' % (ssid, psk), shell=True)


client = mqtt.Client()
client.on_message = on_message
client.connect("broker.local", 1883)
client.subscribe("gateway/wifi/set")
client.loop_forever()
