from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

from django.http import JsonResponse


def import_contacts(request):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    stream = pulldom.parseString(request.body.decode("utf-8"), parser=parser)
    names = []
    for event, node in stream:
        if event == pulldom.START_ELEMENT and node.tagName == "name":
            stream.expandNode(node)
            names.append(node.firstChild.data)
    return JsonResponse({"imported": names})
