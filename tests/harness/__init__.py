"""Test harnesses that the tests and the benchmarks share (benchmarks import them from here)."""
