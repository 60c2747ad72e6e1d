from xml.dom import minidom
from django.http import JsonResponse

def import_feed(request):
    doc = minidom.parseString(request.body)
    titles = [n.firstChild.data for n in doc.getElementsByTagName("title")]
    return JsonResponse({"titles": titles})
