"""Analysis: tidy score frames and comparison tables (pandas only; never imports torch)."""
