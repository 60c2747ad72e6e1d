from lxml import etree
from django.http import JsonResponse

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

def import_feed(request):
    root = etree.fromstring(request.body, PARSER)
    return JsonResponse({"titles": [t.text for t in root.iter("title")]})
