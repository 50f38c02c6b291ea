export async function measureRebuild(_: unknown): Promise<void> {}
