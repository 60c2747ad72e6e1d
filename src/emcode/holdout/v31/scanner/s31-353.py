from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET

from listings.models import Listing


@require_GET
def agent_listings(request):
    agent = request.GET.get("agent", "")
    count = Listing.objects.filter(agent__name__iexact=agent).count()
    body = format_html("<h2>Listings by {}</h2><p>{} active properties</p>", agent, count)
    return HttpResponse(body)
