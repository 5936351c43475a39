import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, requireDatabaseUrl } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { dataSourceOptions } from './data-source-options';

/** The TypeORM connection; each domain lib registers its own entities with forFeature. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(requireDatabaseUrl(config)),
        autoLoadEntities: true,
      }),
    }),
  ],
})
export class DatabaseModule {}
