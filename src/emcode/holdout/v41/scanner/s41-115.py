from defusedxml.ElementTree import fromstring, ParseError
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from django.contrib.auth.decorators import permission_required

NS = {"marc": "http://www.loc.gov/MARC21/slim"}


@require_POST
@permission_required("catalog.add_book")
def import_marc(request):
    try:
        root = fromstring(request.body)
    except ParseError:
        return JsonResponse({"error": "invalid XML"}, status=400)
    titles = []
    for rec in root.findall("marc:record", NS):
        field = rec.find("marc:datafield[@tag='245']/marc:subfield[@code='a']", NS)
        if field is not None:
            titles.append(field.text)
    return JsonResponse({"imported": titles})
