from django.http import HttpResponse
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_GET

from .models import Claim


@require_GET
def claim_search(request):
    term = request.GET.get("q", "")
    matches = Claim.objects.filter(policy_number__icontains=term)[:20]
    items = format_html_join("", "<li>{}</li>", ((c.policy_number,) for c in matches))
    page = format_html("<h1>Results for {}</h1><ul>{}</ul>", term, items)
    return HttpResponse(page)
