from django.http import HttpResponse
from django.views import View


class TrackView(View):
    def get(self, request):
        order = request.GET.get("order", "")
        html = "<h2>Tracking for order %s</h2><p>Status: picked, awaiting dispatch.</p>" % order
        return HttpResponse(html)
