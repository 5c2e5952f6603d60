int Helper(int x) => x * 10;
