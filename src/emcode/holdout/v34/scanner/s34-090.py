from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def ancestor_card(request):
    given = request.GET.get("given", "")
    family = request.GET.get("family", "")
    card = format_html("<section class='card'><h2>{} {}</h2></section>", given, family)
    return HttpResponse(card)
