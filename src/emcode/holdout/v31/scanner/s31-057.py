from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.views.generic.edit import UpdateView

from tracker.models import Goal


class GoalUpdateView(LoginRequiredMixin, UpdateView):
    model = Goal
    fields = ["weekly_km", "weekly_sessions"]
    template_name = "tracker/goal_form.html"
    success_url = reverse_lazy("tracker:dashboard")

    def get_queryset(self):
        return Goal.objects.filter(owner=self.request.user)
