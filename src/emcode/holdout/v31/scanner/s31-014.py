from django.http import HttpResponse
from django.views.decorators.http import require_GET

from listings.models import Listing


@require_GET
def agent_listings(request):
    agent = request.GET.get("agent", "")
    count = Listing.objects.filter(agent__name__iexact=agent).count()
    heading = f"<h2>Listings by {agent}</h2>"
    body = heading + f"<p>{count} active properties</p>"
    return HttpResponse(body)
