print("corpus generator: see Benchmarks/README")
