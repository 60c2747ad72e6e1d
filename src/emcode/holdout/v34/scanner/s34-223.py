from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def ancestor_card(request):
    given = request.GET.get("given", "")
    family = request.GET.get("family", "")
    card = "<section class='card'><h2>%s %s</h2></section>" % (given, family)
    return HttpResponse(card)
