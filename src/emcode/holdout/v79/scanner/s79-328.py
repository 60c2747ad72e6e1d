from django.views.generic import TemplateView

from .models import Booking


class DayView(TemplateView):
    template_name = "bookings/day.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        day = self.request.GET.get("day", "")
        ctx["day"] = day
        ctx["bookings"] = Booking.objects.filter(start_at__date=day) if day else []
        return ctx
