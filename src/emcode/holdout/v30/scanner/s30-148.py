from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.utils.html import format_html, format_html_join

from podcasts.models import Episode


@login_required
def my_episodes(request):
    eps = Episode.objects.filter(show__owner=request.user).order_by("-published")[:20]
    items = format_html_join("\n", "<li>{} <small>{}</small></li>", ((e.title, e.published) for e in eps))
    return HttpResponse(format_html("<ul>{}</ul>", items))
