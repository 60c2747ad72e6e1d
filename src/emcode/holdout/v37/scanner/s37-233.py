from django.views.generic import TemplateView

from .models import Instrument


class InstrumentSearch(TemplateView):
    template_name = "orchestra/instrument_search.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        q = self.request.GET.get("q", "").strip()
        ctx["query"] = q
        ctx["results"] = Instrument.objects.filter(name__icontains=q)[:25] if q else []
        return ctx
